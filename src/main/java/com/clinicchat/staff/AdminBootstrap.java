package com.clinicchat.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first administrator, created at startup while there is no account at all: from
 * {@code clinicchat.staff.admin-*}, or with a random password printed once in the log. Later accounts are added in
 * the console; this never touches an existing one.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final StaffProperties properties;

    AdminBootstrap(StaffAccounts accounts, StaffProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        try {
            accounts.create(new NewStaffAccount(properties.adminUsername(), properties.adminDisplayName(), password,
                    StaffRole.ADMIN));
        } catch (StaffAccounts.AccountConflictException e) {
            log.info("The first administrator was created by another instance meanwhile");
            return;
        }
        if (generated) {
            log.warn("No clinicchat.staff.admin-password set: created administrator '{}' with password {} "
                    + "(shown once; sign in at /staff and add accounts there)", properties.adminUsername(), password);
        } else {
            log.info("Created administrator '{}' from clinicchat.staff.admin-*", properties.adminUsername());
        }
    }
}
