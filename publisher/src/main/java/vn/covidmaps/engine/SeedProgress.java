package vn.covidmaps.engine;

import vn.covidmaps.geoserver.TileSeeding;

/**
 * How far GeoServer's seeding of a tile layer is, summed over its tasks still listed.
 *
 * @param tilesDone   -1 until GeoWebCache has counted its first tiles
 * @param secondsLeft GeoWebCache's estimate, 0 when it has none
 */
public record SeedProgress(String layer, long tilesDone, long tilesTotal, long secondsLeft, int active, int aborted) {

    static SeedProgress of(TileSeeding.Progress progress) {
        return progress == null ? null : new SeedProgress(progress.layer(), progress.tilesDone(), progress.tilesTotal(),
                progress.secondsLeft(), progress.active(), progress.aborted());
    }

    public boolean running() {
        return active > 0;
    }
}
