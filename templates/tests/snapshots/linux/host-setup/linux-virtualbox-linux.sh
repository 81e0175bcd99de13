#!/bin/sh
# plumb: petitecloud host-setup host=linux hypervisor=virtualbox guest=linux
# from: virtualbox/host-setup.plumb
set -eu
modprobe -a vboxdrv vboxnetflt vboxnetadp
