package org.uptake.identity.audit;

import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.identity.Accounts;

/** The audit log for administrators, newest first, filterable by action. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditEventRepository events;
    private final Accounts accounts;

    AuditController(AuditEventRepository events, Accounts accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<AuditEvent> result = events.search(action, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("events", result);
        model.addAttribute("actors", accounts.findAll(result.getContent().stream()
                .map(AuditEvent::getActorId).filter(Objects::nonNull).toList()));
        model.addAttribute("actions", events.actions());
        model.addAttribute("action", action);
        return "identity/audit";
    }
}
