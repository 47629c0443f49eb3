package vn.covidmaps.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.covidmaps.engine.Publisher;

/** --date accepts the same forms as the workbook's date cells. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return Publisher.reportDate(value)
                .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a date (use dd/mm/yyyy or yyyy-mm-dd)"));
    }
}
