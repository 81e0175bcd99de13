#!/bin/sh
# plumb: petitecloud host-setup host=freebsd hypervisor=virtualbox guest=linux
# from: virtualbox/host-setup.plumb
set -eu
kldload -n vboxdrv vboxnetflt vboxnetadp
