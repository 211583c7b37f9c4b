package com.clinicchat.staff;

import org.springframework.stereotype.Component;

/**
 * Until the staff console tracks who is signed in and available, no one counts as on duty: visitors are offered
 * the call-back form, and waiting conversations are still claimed from the queue. The staff-console issue replaces
 * this bean with real presence.
 */
@Component
class NoStaffPresence implements StaffPresence {

    @Override
    public boolean anyoneOnDuty() {
        return false;
    }
}
