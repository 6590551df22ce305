// Sends the CSRF token with every htmx request; forms carry it as a hidden field already.
document.addEventListener('htmx:configRequest', (event) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
