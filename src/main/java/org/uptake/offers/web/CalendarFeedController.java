package org.uptake.offers.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.calendar.CalendarFeeds;

/** The personal calendar feed: created on the "my registrations" page, read by calendar apps. */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping("/offers/mine/calendar")
    String newAddress(@AuthenticationPrincipal UptakeUser user, RedirectAttributes redirect) {
        if (user == null) {
            return "redirect:/login";
        }
        redirect.addFlashAttribute("feedAddress", feeds.newAddress(user.id()));
        return "redirect:/offers/mine";
    }

    @GetMapping(value = "/calendar/{token}.ics")
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token).map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(ics))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
