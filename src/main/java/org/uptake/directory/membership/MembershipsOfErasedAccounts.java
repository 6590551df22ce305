package org.uptake.directory.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountErased;

/** An erased person no longer belongs to any organisation; removed in the erasing transaction. */
@Component
class MembershipsOfErasedAccounts {

    private final MembershipRepository memberships;

    MembershipsOfErasedAccounts(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @EventListener
    void on(AccountErased event) {
        memberships.deleteByAccount(event.accountId());
    }
}
