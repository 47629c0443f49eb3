package vn.covidmaps.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.covidmaps.ingest.DateValues;
import vn.covidmaps.text.Outcome;

/** --date accepts the same forms as the workbook's date cells. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        Outcome<LocalDate> date = DateValues.parse(value);
        if (date.failed() || date.value() == null) {
            throw new TypeConversionException("'" + value + "' is not a date (use dd/mm/yyyy or yyyy-mm-dd)");
        }
        return date.value();
    }
}
