package org.hausdesk.onboarding.entity;

/** Where a household stands on one step of the checklist. */
public enum StepStatus {
    OPEN, DONE, NEEDS_HELP, NOT_WANTED
}
