package vn.covidmaps.geometry;

import org.locationtech.jts.geom.Envelope;

/** A generous box around Vietnam, islands included: a point outside it is certainly a mistake. */
public final class VietnamBounds {
    public static final Envelope ENVELOPE = new Envelope(102.1, 117.9, 6.0, 23.4);

    private VietnamBounds() {
    }

    public static boolean containsLatLon(double lon, double lat) {
        return ENVELOPE.contains(lon, lat);
    }

    public static boolean contains(Envelope envelope) {
        return ENVELOPE.contains(envelope);
    }
}
