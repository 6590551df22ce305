package org.uptake.identity.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;

@Service
@Transactional(readOnly = true)
class AccountDirectory implements Accounts {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountView> findById(UUID id) {
        return accounts.findById(id).map(Account::toView);
    }

    @Override
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(Accounts.normalizeEmail(email)).map(Account::toView);
    }

    @Override
    public Map<UUID, AccountView> findAll(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream().map(Account::toView)
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    @Override
    public java.util.List<AccountView> withRole(org.uptake.identity.Role role) {
        return accounts.findWithRole(role).stream().map(Account::toView).toList();
    }
}
