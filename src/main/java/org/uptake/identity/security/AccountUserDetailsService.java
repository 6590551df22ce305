package org.uptake.identity.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.Accounts;
import org.uptake.identity.account.Account;
import org.uptake.identity.account.AccountRepository;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Accounts.normalizeEmail(email)).filter(account -> !account.isErased())
                .map(Account::toUser).orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
