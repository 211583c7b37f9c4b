package com.clinicchat.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in over {@code staff_account}: a disabled account is refused by Spring Security's checks. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountStore store;

    StaffUserDetailsService(StaffAccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccountStore.Credentials credentials = store.credentials(StaffAccounts.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        StaffAccount account = credentials.account();
        return User.withUsername(account.username())
                .password(credentials.passwordHash())
                .roles(account.role().grantedRoles().toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
