#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=bhyve guest=freebsd
# from: bhyve/reset.plumb
set -eu
bhyvectl --vm=fbsd1 --force-reset
