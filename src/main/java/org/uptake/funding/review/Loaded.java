package org.uptake.funding.review;

import org.uptake.funding.application.Application;
import org.uptake.funding.call.Call;

/** Loads the lazy collections pages read after the transaction has ended (open-in-view is off). */
final class Loaded {

    private Loaded() {
    }

    static Call call(Call call) {
        call.getCriteria();
        call.getSections();
        call.getEligibilityItems();
        call.getDocumentTypes();
        return call;
    }

    static Application application(Application application) {
        application.getPartners();
        application.getBudget();
        application.getSectionTexts();
        return application;
    }
}
