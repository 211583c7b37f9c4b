package com.clinicchat.staff;

import com.clinicchat.audit.AuditAction;
import com.clinicchat.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Staff accounts, for admins (ADMIN role, see {@link SecurityConfig}). */
@RestController
@RequestMapping("/api/admin/staff")
class AdminStaffController {

    private final StaffAccounts accounts;
    private final AuditTrail audit;

    AdminStaffController(StaffAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    List<StaffAccount> list() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccount add(@RequestBody NewStaffAccount request) {
        StaffAccount added = accounts.create(request);
        audit.record(AuditAction.ACCOUNT_ADDED, added.username());
        return added;
    }

    @PostMapping("/{username}/disable")
    StaffAccount disable(@PathVariable String username, Authentication admin) {
        StaffAccount disabled = accounts.disable(username, admin.getName());
        audit.record(AuditAction.ACCOUNT_DISABLED, disabled.username());
        return disabled;
    }

    @ExceptionHandler(StaffAccounts.AccountConflictException.class)
    ProblemDetail conflict(StaffAccounts.AccountConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "account_exists");
        return problem;
    }

    @ExceptionHandler(StaffAccounts.AccountNotFoundException.class)
    ProblemDetail notFound(StaffAccounts.AccountNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("code", "no_such_account");
        return problem;
    }
}
