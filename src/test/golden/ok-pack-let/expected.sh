#!/bin/sh
# plumb: platforms start os=alpine init=openrc
# from: start.plumb
set -eu
su web -c true
echo web
echo 'started by plumb': ports 80,8080
