package ai.insightpulse.odooops.neutralize;

import java.util.Objects;

/**
 * Where the Odoo database lives and how to log in. The password is a {@link Secret}.
 *
 * @param host     host name or address ({@code DB_HOST})
 * @param port     TCP port ({@code DB_PORT})
 * @param user     role to log in as ({@code DB_USER})
 * @param password password ({@code DB_PASSWORD} or the content of {@code DB_PASSWORD_FILE})
 * @param database database name ({@code DB_NAME})
 */
public record DatabaseEndpoint(String host, int port, String user, Secret password, String database) {

    /** Checks the parts are present; validation of their form happens in {@link NeutralizeConfig}. */
    public DatabaseEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(database, "database");
        password = password == null ? Secret.empty() : password;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** A PostgreSQL JDBC URL for this endpoint, without credentials. */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
