package com.clinicchat.staff;

import java.time.Instant;

/**
 * A console sign-in as stored (without its password hash).
 *
 * @param username    what the staff member signs in with (lower case)
 * @param displayName the first name visitors see, also the name a claimed conversation is held under
 */
public record StaffAccount(String username, String displayName, StaffRole role, boolean enabled,
                           Instant createdAt) {
}
