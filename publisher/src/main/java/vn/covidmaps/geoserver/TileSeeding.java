package vn.covidmaps.geoserver;

import java.util.List;

/**
 * Which web-mercator tiles a seeding covers: the zoom levels of the settings over a box, stopping before the level
 * that would take it past the tile budget, since each level has four times the tiles of the one above.
 *
 * @param layer     the tile layer, "workspace:group"
 * @param mercator  the box in EPSG:900913 metres
 * @param zoomStart first level
 * @param zoomStop  last level seeded, below {@code zoomStart} when not even the first fits the budget
 * @param tiles     256-pixel tiles in those levels
 * @param wanted    last level the settings asked for
 * @param maxTiles  the tile budget of the settings
 */
public record TileSeeding(String layer, Bbox mercator, int zoomStart, int zoomStop, long tiles, int wanted, long maxTiles) {
    static final String GRID_SET = "EPSG:900913";
    private static final double EARTH_RADIUS = 6_378_137.0;

    static TileSeeding of(String layer, Bbox lonLat, TileSettings settings) {
        long total = 0;
        int stop = settings.seedZoomStart() - 1;
        for (int z = settings.seedZoomStart(); z <= settings.seedZoomStop(); z++) {
            long level = tilesAt(lonLat, z);
            if (total + level > settings.seedMaxTiles()) {
                break;
            }
            total += level;
            stop = z;
        }
        return new TileSeeding(layer, mercator(lonLat), settings.seedZoomStart(), stop, total, settings.seedZoomStop(),
                settings.seedMaxTiles());
    }

    public boolean any() {
        return zoomStop >= zoomStart;
    }

    /** Tiles of zoom level z that the box touches (Google/OSM numbering, as GeoWebCache's EPSG:900913 grid). */
    static long tilesAt(Bbox lonLat, int z) {
        long x0 = column(lonLat.minx(), z);
        long x1 = column(lonLat.maxx(), z);
        long y0 = row(lonLat.maxy(), z);
        long y1 = row(lonLat.miny(), z);
        return (x1 - x0 + 1) * (y1 - y0 + 1);
    }

    static long column(double lon, int z) {
        long n = 1L << z;
        return Math.min(n - 1, Math.max(0, (long) Math.floor((lon + 180) / 360 * n)));
    }

    static long row(double lat, int z) {
        long n = 1L << z;
        double r = Math.toRadians(lat);
        double y = (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
        return Math.min(n - 1, Math.max(0, (long) Math.floor(y * n)));
    }

    static Bbox mercator(Bbox lonLat) {
        return new Bbox(x(lonLat.minx()), y(lonLat.miny()), x(lonLat.maxx()), y(lonLat.maxy()));
    }

    private static double x(double lon) {
        return EARTH_RADIUS * Math.toRadians(lon);
    }

    private static double y(double lat) {
        return EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }

    /** Progress of a layer's seeding, summed over its GeoWebCache tasks that are still listed. */
    public record Progress(String layer, long tilesDone, long tilesTotal, long secondsLeft, int active, int aborted) {
        static Progress of(String layer, List<TileCacheClient.Task> tasks) {
            long done = 0;
            long total = 0;
            long left = 0;
            int active = 0;
            int aborted = 0;
            for (TileCacheClient.Task task : tasks) {
                if (task.tilesTotal() < 0) {
                    continue; // a truncation lists no tile counts
                }
                done = done < 0 ? done : task.tilesDone() < 0 ? -1 : done + task.tilesDone();
                total += task.tilesTotal();
                left = Math.max(left, task.secondsLeft());
                active += task.active() ? 1 : 0;
                aborted += task.state() == TileCacheClient.Task.ABORTED ? 1 : 0;
            }
            return new Progress(layer, done, total, left, active, aborted);
        }

        public boolean running() {
            return active > 0;
        }
    }
}
