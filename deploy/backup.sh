#!/usr/bin/env bash
# Nightly database backup, e.g. from /etc/cron.d/hausdesk:
#   15 3 * * * postgres /opt/hausdesk/backup.sh
# Keeps 14 days of compressed dumps of the database and of the attached files (screenshots);
# everything else (search index, caches) is rebuilt from the database.
set -euo pipefail
target=${HAUSDESK_BACKUP_DIR:-/var/backups/hausdesk}
mkdir -p "$target"
pg_dump --format=custom --dbname="${HAUSDESK_BACKUP_DB:-hausdesk}" \
    --file="$target/hausdesk-$(date +%Y-%m-%d).dump"
attachments=${HAUSDESK_TICKET_ATTACHMENTS_DIR:-/var/lib/hausdesk/attachments}
if [[ -d "$attachments" ]]; then
    tar --create --gzip --file="$target/hausdesk-attachments-$(date +%Y-%m-%d).tar.gz" -C "$attachments" .
fi
find "$target" -name 'hausdesk-*' -mtime +14 -delete
