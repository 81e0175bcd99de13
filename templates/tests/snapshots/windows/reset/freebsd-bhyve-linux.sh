#!/bin/sh
# plumb: petitecloud reset host=freebsd hypervisor=bhyve guest=linux
# from: bhyve/reset.plumb
set -eu
bhyvectl --vm=win1 --force-reset
