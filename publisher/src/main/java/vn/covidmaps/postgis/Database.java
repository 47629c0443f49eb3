package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.text.Text;

/** Opens connections to the configured PostGIS database, with a sentence the operator can act on when it fails. */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    public Database(Settings settings) {
        this.url = settings.require(Setting.DB_URL);
        this.user = settings.require(Setting.DB_USER);
        this.password = settings.optional(Setting.DB_PASSWORD).orElse(null);
    }

    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "covidmaps-publisher");
        properties.setProperty("connectTimeout", "10");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.connect", url, user), e);
        }
    }
}
