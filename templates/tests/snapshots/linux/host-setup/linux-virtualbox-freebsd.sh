#!/bin/sh
# plumb: petitecloud host-setup host=linux hypervisor=virtualbox guest=freebsd
# from: virtualbox/host-setup.plumb
set -eu
modprobe -a vboxdrv vboxnetflt vboxnetadp
