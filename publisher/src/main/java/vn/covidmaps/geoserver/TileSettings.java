package vn.covidmaps.geoserver;

import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;

/**
 * How tiles are cached and seeded: how long clients may keep one, and which zoom levels a publish seeds, within how
 * many tiles.
 */
public record TileSettings(int maxAgeSeconds, int seedZoomStart, int seedZoomStop, long seedMaxTiles) {
    public static final TileSettings DEFAULT = new TileSettings(300, 8, 15, 20_000);

    public static TileSettings from(Settings settings) {
        int maxAge = number(settings, Setting.TILES_MAX_AGE_SECONDS, 0, 31_536_000);
        String zoom = settings.require(Setting.TILES_SEED_ZOOM).strip();
        String[] ends = zoom.split("-", -1);
        int start;
        int stop;
        try {
            start = Integer.parseInt(ends[0].strip());
            stop = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : start;
        } catch (NumberFormatException e) {
            start = -1;
            stop = -1;
        }
        if (ends.length > 2 || start < 0 || stop < start || stop > 20) {
            throw new ConfigurationException("tiles.seed.zoom must be a zoom level or a range such as 8-15 (levels 0 to 20), not '"
                    + zoom + "'");
        }
        return new TileSettings(maxAge, start, stop, number(settings, Setting.TILES_SEED_MAX_TILES, 0, 10_000_000));
    }

    private static int number(Settings settings, Setting setting, int min, int max) {
        String text = settings.require(setting).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ConfigurationException(setting.key() + " must be a whole number from " + min + " to " + max + ", not '" + text + "'");
    }
}
