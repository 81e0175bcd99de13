#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
kill $(cat /vm/web1.pid)
echo `date` "$(id)"
echo '$(harmless)'
