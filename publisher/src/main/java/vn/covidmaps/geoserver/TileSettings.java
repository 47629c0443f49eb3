package vn.covidmaps.geoserver;

import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.text.Text;

/**
 * How tiles are cached and seeded: how long clients may keep one, and which zoom levels a publish seeds, within how
 * many tiles.
 */
public record TileSettings(int maxAgeSeconds, int seedZoomStart, int seedZoomStop, long seedMaxTiles) {
    public static final TileSettings DEFAULT = new TileSettings(300, 8, 15, 20_000);

    public static TileSettings from(Settings settings) {
        int maxAge = (int) settings.wholeNumber(Setting.TILES_MAX_AGE_SECONDS, 0, 31_536_000);
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
            throw new ConfigurationException(Text.of("setting.seedZoom", zoom));
        }
        return new TileSettings(maxAge, start, stop, settings.wholeNumber(Setting.TILES_SEED_MAX_TILES, 0, 10_000_000));
    }
}
