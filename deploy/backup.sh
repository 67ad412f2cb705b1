#!/usr/bin/env bash
# Nightly database backup, e.g. from /etc/cron.d/hausdesk:
#   15 3 * * * postgres /opt/hausdesk/backup.sh
# Keeps 14 days of compressed dumps. The database is the only state that matters:
# everything else (search index, caches) is rebuilt from it.
set -euo pipefail
target=${HAUSDESK_BACKUP_DIR:-/var/backups/hausdesk}
mkdir -p "$target"
pg_dump --format=custom --dbname="${HAUSDESK_BACKUP_DB:-hausdesk}" \
    --file="$target/hausdesk-$(date +%Y-%m-%d).dump"
find "$target" -name 'hausdesk-*.dump' -mtime +14 -delete
