package org.childplan.cli.internal;

import org.apiguardian.api.API;
import org.childplan.reports.ReportWriters;
import org.childplan.reports.spi.ReportWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --format} value as the {@link ReportWriter} of that name, as {@link ReportWriters} finds them.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportWriterConverter implements ITypeConverter<ReportWriter> {

    @Override
    public ReportWriter convert(String value) {
        try {
            return ReportWriters.named(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
