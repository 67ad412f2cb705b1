package org.hausdesk.onboarding.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hausdesk.onboarding.control.Onboarding;
import org.hausdesk.onboarding.entity.Household;
import org.hausdesk.onboarding.entity.HouseholdStep;
import org.hausdesk.onboarding.entity.OnboardingStep;
import org.hausdesk.onboarding.entity.StepStatus;

/** What the onboarding API reads and writes. */
public final class OnboardingMessages {

    private OnboardingMessages() {
    }

    public record StepDefinition(long id, String name, String progressText, String article, int position,
                                 boolean retired) {
        static StepDefinition of(OnboardingStep s) {
            return new StepDefinition(s.id(), s.name(), s.progressText(), s.articleSlug(), s.position(), s.retired());
        }
    }

    public record NewStep(@NotBlank @Size(max = OnboardingStep.NAME_MAX) String name,
                          @Size(max = OnboardingStep.NAME_MAX) String progressText, @Size(max = 80) String article) {
    }

    public record StepChange(@NotBlank @Size(max = OnboardingStep.NAME_MAX) String name,
                             @Size(max = OnboardingStep.NAME_MAX) String progressText, @Size(max = 80) String article,
                             Integer position, boolean retired) {
    }

    public record HouseholdInput(@NotBlank @Size(max = Household.LABEL_MAX) String label,
                                 @Size(max = Household.FIRST_NAME_MAX) String firstName,
                                 @Size(max = Household.CONTACT_MAX) String contact, boolean agreed,
                                 LocalDate movedOutOn) {
    }

    public record StepMark(@NotNull StepStatus status, @Size(max = 20) String ticket,
                           @Size(max = 10_000) String description) {
    }

    public record StepState(long stepId, String step, StepStatus status, String by, String at, String ticket) {
    }

    public record HouseholdView(long id, String house, String label, String firstName, String contact, boolean agreed,
                                LocalDate movedOutOn, List<StepState> steps) {
        static HouseholdView of(Household h, List<OnboardingStep> steps) {
            return new HouseholdView(h.id(), h.house().slug(), h.label(), h.firstName(), h.contact(), h.agreed(),
                    h.movedOutOn(), steps.stream().map(step -> h.stepEntry(step).map(OnboardingMessages::state)
                    .orElse(new StepState(step.id(), step.name(), StepStatus.OPEN, null, null, null))).toList());
        }
    }

    static StepState state(HouseholdStep s) {
        return new StepState(s.step().id(), s.step().name(), s.status(),
                s.changedBy() == null ? null : s.changedBy().displayName(),
                s.changedAt() == null ? null : s.changedAt().toString(), s.ticketNumber());
    }

    public record BoardView(String house, String name, List<StepDefinition> steps, List<HouseholdView> households) {
        static BoardView of(Onboarding.Board board) {
            return new BoardView(board.house().slug(), board.house().name(),
                    board.steps().stream().map(StepDefinition::of).toList(),
                    board.households().stream().map(h -> HouseholdView.of(h, board.steps())).toList());
        }
    }

    public record StepProgressView(long stepId, String step, String progressText, int done, int needsHelp,
                                   int notWanted, int households, int percent) {
    }

    public record ProgressView(String house, String name, String stage, int households, List<StepProgressView> steps) {
        static ProgressView of(Onboarding.Progress p) {
            return new ProgressView(p.house().slug(), p.house().name(), p.house().stage().name(), p.households(),
                    p.steps().stream().map(s -> new StepProgressView(s.step().id(), s.step().name(),
                            s.step().progressText(), s.done(), s.needsHelp(), s.notWanted(), s.households(),
                            s.percent())).toList());
        }
    }
}
