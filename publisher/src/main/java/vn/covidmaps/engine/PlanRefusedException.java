package vn.covidmaps.engine;

import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.text.Text;

/** A reviewed plan cannot be applied as reviewed; the message says which file and what changed. */
public class PlanRefusedException extends CovidMapsException {
    public PlanRefusedException(Text message) {
        super(ErrorCode.STALE_PLAN, message);
    }
}
