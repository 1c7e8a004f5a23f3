package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.validation.Identifier;
import org.childplan.model.validation.SupportedDate;

/**
 * A decision taken on a plan by a committee or board.
 *
 * @param body the committee or board, by name
 * @param date the date of the meeting as the source gives it: a day, a month ({@code 2017-03}) or a year, or
 *     {@code null} when the source does not date it
 * @param decision what it decided
 * @param note the decision or comment in the minutes' words
 * @param bodyId the id of the body (in {@code bodies}) that is this committee or board, when the plan lists it; the
 *     name in {@code body} is what the source calls it
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Approval(@NotBlank String body, @SupportedDate PartialDate date, @NotNull ApprovalDecision decision,
        String note, @Identifier String bodyId) {

    /** A decision by a committee or board named only, not as one of the plan's bodies. */
    public Approval(String body, PartialDate date, ApprovalDecision decision, String note) {
        this(body, date, decision, note, null);
    }

    /** A decision taken on the day {@code date}, as every decision was recorded before dates could be partial. */
    public Approval(String body, LocalDate date, ApprovalDecision decision, String note) {
        this(body, PartialDate.of(Objects.requireNonNull(date, "date")), decision, note, null);
    }
}
