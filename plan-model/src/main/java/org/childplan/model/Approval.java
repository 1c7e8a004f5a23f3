package org.childplan.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.childplan.model.validation.SupportedDate;

/**
 * A decision taken on a plan by a committee or board.
 *
 * @param body the committee or board, by name
 * @param date the date of the meeting as the source gives it: a day, a month ({@code 2017-03}) or a year, or
 *     {@code null} when the source does not date it
 * @param decision what it decided
 * @param note the decision or comment in the minutes' words
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@RecordBuilder
public record Approval(@NotBlank String body, @SupportedDate PartialDate date, @NotNull ApprovalDecision decision,
        String note) {

    /** A decision taken on the day {@code date}, as every decision was recorded before dates could be partial. */
    public Approval(String body, LocalDate date, ApprovalDecision decision, String note) {
        this(body, PartialDate.of(Objects.requireNonNull(date, "date")), decision, note);
    }
}
