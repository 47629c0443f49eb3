package vn.covidmaps.engine;

import vn.covidmaps.geoserver.TileSeeding;

/**
 * The seeding of the latest report's tiles that publish started in the background.
 *
 * @param layer     the tile layer, "workspace:group"
 * @param zoomStart first level
 * @param zoomStop  last level seeded, below {@code zoomStart} when not even the first fits the tile budget
 * @param tiles     tiles in those levels
 * @param wanted    last level the settings asked for
 * @param maxTiles  the tile budget, tiles.seed.max_tiles; 0 switches seeding off
 */
public record Seeding(String layer, int zoomStart, int zoomStop, long tiles, int wanted, long maxTiles) {

    static Seeding of(TileSeeding seeding) {
        return seeding == null ? null
                : new Seeding(seeding.layer(), seeding.zoomStart(), seeding.zoomStop(), seeding.tiles(), seeding.wanted(),
                        seeding.maxTiles());
    }

    public boolean any() {
        return zoomStop >= zoomStart;
    }

    /** Nothing is seeded because the settings say so (tiles.seed.max_tiles = 0), not because the area is too large. */
    public boolean switchedOff() {
        return maxTiles == 0;
    }
}
