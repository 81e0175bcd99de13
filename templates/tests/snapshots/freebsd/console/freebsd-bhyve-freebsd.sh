#!/bin/sh
# plumb: petitecloud console host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/console.plumb
set -eu
cu -l /dev/nmdm-fbsd1.1B
