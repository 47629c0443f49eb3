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
 */
public record Seeding(String layer, int zoomStart, int zoomStop, long tiles, int wanted) {

    static Seeding of(TileSeeding seeding) {
        return seeding == null ? null
                : new Seeding(seeding.layer(), seeding.zoomStart(), seeding.zoomStop(), seeding.tiles(), seeding.wanted());
    }

    public boolean any() {
        return zoomStop >= zoomStart;
    }
}
