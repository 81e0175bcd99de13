#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=bhyve guest=windows
# from: bhyve/reset.plumb
set -eu
bhyvectl --vm=web1 --force-reset
