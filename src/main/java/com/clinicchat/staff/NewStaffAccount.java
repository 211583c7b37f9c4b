package com.clinicchat.staff;

/** An account an admin adds (the JSON body of {@code POST /api/admin/staff}). */
public record NewStaffAccount(String username, String displayName, String password, StaffRole role) {
}
