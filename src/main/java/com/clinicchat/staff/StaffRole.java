package com.clinicchat.staff;

import java.util.List;

/** What a staff account may do. Admins are staff too: they can take chats as well as manage accounts. */
public enum StaffRole {
    STAFF, ADMIN;

    /** The Spring Security roles ({@code ROLE_…} without the prefix) this role grants. */
    List<String> grantedRoles() {
        return this == ADMIN ? List.of("ADMIN", "STAFF") : List.of("STAFF");
    }
}
