#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
eval echo x
. /etc/rc.conf
source /etc/profile
trap "rm x" EXIT
set +e
set -x
