package org.uptake.identity.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.AuditLog;
import org.uptake.identity.Role;
import org.uptake.identity.account.Account;
import org.uptake.identity.account.AccountRepository;

/** Administrators grant and revoke platform roles. The last administrator cannot lose the role. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

    private final AccountRepository accounts;
    private final AuditLog audit;

    AccountAdminController(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q.strip().toLowerCase(java.util.Locale.ROOT);
        model.addAttribute("accounts", accounts.search(query.length() > 100 ? query.substring(0, 100) : query,
                PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("q", q);
        return "identity/admin-accounts";
    }

    @PostMapping("/admin/accounts/{id}/roles")
    @Transactional
    String changeRoles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<Role> roles,
            RedirectAttributes redirect) {
        Account account = accounts.findById(id).filter(a -> !a.isErased())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        boolean losesAdmin = account.getRoles().contains(Role.ADMIN) && !wanted.contains(Role.ADMIN);
        if (losesAdmin && accounts.countWithRole(Role.ADMIN) <= 1) {
            redirect.addFlashAttribute("problem", "admin.lastAdmin");
            return "redirect:/admin/accounts";
        }
        Set<Role> before = EnumSet.copyOf(account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : account.getRoles());
        account.replaceRoles(wanted);
        audit.record("ROLES_CHANGED", "account", id, before + " -> " + wanted);
        redirect.addFlashAttribute("saved", "admin.rolesSaved");
        return "redirect:/admin/accounts";
    }
}
