package com.clinicchat.staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who is signed in, and the console's settings. */
@RestController
@RequestMapping("/api/staff")
class ConsoleController {

    private final StaffAccounts accounts;
    private final StaffProperties properties;

    ConsoleController(StaffAccounts accounts, StaffProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /** The console's settings: canned replies, business hours. */
    record Settings(StaffAccount me, List<String> cannedReplies, List<String> businessHours, String timeZone) {
    }

    @GetMapping("/me")
    StaffAccount me(Authentication authentication) {
        return signedIn(accounts, authentication);
    }

    @GetMapping("/settings")
    Settings settings(Authentication authentication) {
        return new Settings(signedIn(accounts, authentication), properties.cannedReplies(),
                properties.businessHours(), properties.timeZone().getId());
    }

    /** The signed-in account; refused when it was disabled meanwhile. */
    static StaffAccount signedIn(StaffAccounts accounts, Authentication authentication) {
        return accounts.active(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("The account is disabled."));
    }
}
