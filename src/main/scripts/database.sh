# What backup.sh and restore.sh share: the database the DB_* variables name, as the server reads them
# (config/datasource.cli): DB_DRIVER (h2 or postgresql), DB_URL, DB_USER, DB_PASSWORD.
JBOSS_HOME=${JBOSS_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/target/server}

database_driver() {
    echo "${DB_DRIVER:-h2}"
}

# jdbc:postgresql://host:port/db?… as a libpq URL; the password travels in PGPASSWORD, never on a command line.
libpq_url() {
    [ -n "${DB_URL:-}" ] || { echo "DB_URL is not set" >&2; exit 2; }
    export PGUSER=${DB_USER:-postgres}
    [ -n "${DB_PASSWORD:-}" ] && export PGPASSWORD=$DB_PASSWORD
    echo "postgresql://${DB_URL#jdbc:postgresql://}"
}

# The server's default H2 file, as datasource.cli places it, unless DB_URL names another.
h2_url() {
    echo "${DB_URL:-jdbc:h2:file:$JBOSS_HOME/standalone/data/homeward/homeward;DB_CLOSE_ON_EXIT=FALSE}"
}

# The database file without H2's .mv.db ending.
h2_file() {
    local url
    url=$(h2_url)
    url=${url#jdbc:h2:file:}
    echo "${url%%;*}"
}

h2_jar() {
    local jar
    jar=$(find "$JBOSS_HOME/modules" -name 'h2-*.jar' | head -n 1)
    [ -n "$jar" ] || { echo "no H2 jar under $JBOSS_HOME/modules: set JBOSS_HOME to the provisioned server" >&2; exit 2; }
    echo "$jar"
}

h2_shell() {
    java -cp "$(h2_jar)" org.h2.tools.Shell -url "$(h2_url)" -user "${DB_USER:-sa}" -password "${DB_PASSWORD:-sa}" -sql "$1"
}
