package com.clinicchat.staff;

import com.clinicchat.text.UnicodeText;
import com.clinicchat.web.BadRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Staff accounts: added and disabled by admins, checked at sign-in and on every console request. */
@Service
public class StaffAccounts {

    static final int MIN_PASSWORD_CHARS = 12;
    /** BCrypt looks at 72 bytes only; longer passwords would silently lose their tail. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,49}");

    private final StaffAccountStore store;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAccounts(StaffAccountStore store, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** An account was disabled: its open console sockets are closed. */
    public record AccountDisabled(String username) {
    }

    /** The username or the display name is already used by another account. */
    public static class AccountConflictException extends RuntimeException {
        AccountConflictException(String message) {
            super(message);
        }
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws BadRequestException       when a field is missing or invalid
     * @throws AccountConflictException when the username or display name is taken
     */
    public StaffAccount create(NewStaffAccount request) {
        String username = normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new BadRequestException("invalid_username", "A username has 2 to 50 characters: letters, digits, "
                    + "and . _ @ - (not first).");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (!UnicodeText.hasVisibleCharacter(displayName) || displayName.length() > StaffDesk.MAX_NAME_CHARS
                || displayName.chars().anyMatch(Character::isISOControl) || !UnicodeText.isWellFormed(displayName)) {
            throw new BadRequestException("invalid_display_name", "The display name (the first name visitors see) "
                    + "needs 1 to " + StaffDesk.MAX_NAME_CHARS + " characters.");
        }
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD_CHARS
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new BadRequestException("invalid_password", "A password needs at least " + MIN_PASSWORD_CHARS
                    + " characters and at most " + MAX_PASSWORD_BYTES + " bytes.");
        }
        StaffAccount account = new StaffAccount(username, displayName,
                request.role() == null ? StaffRole.STAFF : request.role(), true, clock.instant());
        if (store.find(username).isPresent()) {
            throw new AccountConflictException("The username " + username + " is taken.");
        }
        if (store.displayNameTaken(displayName)) {
            throw new AccountConflictException("Another account shows as " + displayName
                    + " to visitors; add an initial, e.g. \"" + displayName + " K.\".");
        }
        try {
            store.insert(account, encoder.encode(password));
        } catch (DuplicateKeyException e) {
            throw new AccountConflictException("The username or display name was taken just now.");
        }
        return store.find(username).orElseThrow();
    }

    /**
     * Disables an account: it cannot sign in, its signed-in sessions are refused from their next request, and its
     * console sockets are closed. An admin cannot disable their own account (nor so the last admin).
     */
    public StaffAccount disable(String username, String byUsername) {
        String name = normalise(username);
        StaffAccount account = store.find(name)
                .orElseThrow(() -> new AccountNotFoundException(name));
        if (name.equals(normalise(byUsername))) {
            throw new BadRequestException("cannot_disable_self", "You cannot disable your own account.");
        }
        store.setEnabled(name, false);
        events.publishEvent(new AccountDisabled(name));
        return new StaffAccount(account.username(), account.displayName(), account.role(), false,
                account.createdAt());
    }

    public List<StaffAccount> all() {
        return store.all();
    }

    public Optional<StaffAccount> find(String username) {
        return store.find(normalise(username));
    }

    /** The account if it exists and is enabled. */
    public Optional<StaffAccount> active(String username) {
        return find(username).filter(StaffAccount::enabled);
    }

    long count() {
        return store.count();
    }

    /** No such account. */
    public static class AccountNotFoundException extends RuntimeException {
        AccountNotFoundException(String username) {
            super("No staff account " + username + ".");
        }
    }
}
