package vn.covidmaps.cli;

import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.text.Text;

/** --date accepts the same forms as the workbook's date cells; {@link UsageErrorHandler} words a refusal in the operator's language. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        return Publisher.reportDate(value)
                .orElseThrow(() -> new TypeConversionException(Text.of("option.notADate", value).english()));
    }
}
