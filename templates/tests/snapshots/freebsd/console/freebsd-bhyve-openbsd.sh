#!/bin/sh
# plumb: petitecloud console host=freebsd hypervisor=bhyve guest=openbsd
# from: bhyve/console.plumb
set -eu
cu -l /dev/nmdm-fbsd1.1B
