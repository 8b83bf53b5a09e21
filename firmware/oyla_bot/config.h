// Oyla robot firmware: which kit and which pins. Change this file, not the sketch.
// The pins below are the Oyla club wiring (docs/protocol.md, "Kits and pins").
#ifndef OYLA_CONFIG_H
#define OYLA_CONFIG_H

// ---- Kit: tells the app which parts exist (HELLO's kit= and caps=). Every command works on every kit.
#define KIT_CAR 1     // 2-wheel car, servos, RGB LED, buzzer
#define KIT_ARM 2     // up to 4 servos, RGB LED, buzzer
#define KIT_LIGHTS 3  // RGB LED and buzzer only
#ifndef OYLA_KIT
#define OYLA_KIT KIT_CAR
#endif

// ---- Motor driver
#define DRIVER_L298N 1  // ENx = speed (PWM), INx/INy = direction
#define DRIVER_L9110 2  // xIA = speed (PWM), xIB = direction (DIR1 pin); DIR2 pins are not used
#ifndef MOTOR_DRIVER
#define MOTOR_DRIVER DRIVER_L298N
#endif
#define LEFT_REVERSED 0   // 1 if the left wheel turns backwards on "DRIVE 100 100"
#define RIGHT_REVERSED 0

// Speed pins must be 5 and 6: the only PWM pins whose timer is not taken by the servos or the buzzer.
#define PIN_LEFT_PWM 5
#define PIN_LEFT_DIR1 7
#define PIN_LEFT_DIR2 8
#define PIN_RIGHT_PWM 6
#define PIN_RIGHT_DIR1 4
#define PIN_RIGHT_DIR2 2

// ---- Servos (pulses made on Timer1; any digital pins work)
#define PIN_SERVO0 9
#define PIN_SERVO1 10
#define PIN_SERVO2 11
// Servo 3 shares D12 with the right line sensor: a car built with sensors has no servo 3 pin (SERVO 3 is
// still answered OK and reported by STATUS; no pulses go out).
#define PIN_SERVO3 12
#define SERVO_MIN_US 544   // pulse for 0 degrees
#define SERVO_MAX_US 2400  // pulse for 180 degrees
#define SERVO_START_ANGLE 90  // every servo's angle after a reset; must lie inside its limits below

// Per-joint limits in degrees, {lowest, highest} for servos 0..3. SERVO <i> <angle> outside them answers
// ERR RANGE 2 and moves nothing (docs/protocol.md). The app keeps the same table (app/robot/protocol.py
// SERVO_LIMITS; a test compares them), so change both together.
#if OYLA_KIT == KIT_ARM
// 0 base, 1 shoulder, 2 elbow, 3 gripper: a small 4-servo arm, whose shoulder and elbow hit the frame and the
// gripper stalls against itself near the ends of a servo's travel.
#define SERVO_LIMITS {{0, 180}, {15, 165}, {30, 150}, {10, 120}}
#else
#define SERVO_LIMITS {{0, 180}, {0, 180}, {0, 180}, {0, 180}}
#endif

// ---- RGB LED (on/off per colour: no PWM timer is left for it) and buzzer (tone() on Timer2)
#define PIN_LED_RED A0
#define PIN_LED_GREEN A1
#define PIN_LED_BLUE A2
#define LED_COMMON_ANODE 0  // 1 if the LED's common leg goes to 5 V instead of GND
#define PIN_BUZZER 3
#define PIN_STATUS_LED 13   // the Uno's own LED: lit while a motor runs

// ---- The AVR's hardware watchdog: restarts a hung sketch within 0.3 s with the motors off. A Nano with the OLD
// bootloader (ATmegaBOOT: uploads at 57,600 baud) does not switch it off after such a restart and then restarts
// every 16 ms inside the bootloader until unplugged (motors off, D13 flickering; firmware/README.md). For such a
// board either burn the new bootloader (Arduino IDE: Tools > Processor "ATmega328P", then Tools > Burn Bootloader
// with a programmer) or set this to 0 (the command watchdog still stops the motors; only a hang is not caught).
#ifndef OYLA_HW_WATCHDOG
#define OYLA_HW_WATCHDOG 1
#endif

// ---- Sensors (car kit): an HC-SR04 ultrasonic distance sensor and two IR line sensors (digital output).
// OYLA_SENSORS 1 adds "dist,line" to HELLO's caps, SENSE reads them and SAFETY <mm> sets the obstacle stop.
// A build without them answers SENSE with dist=-1 line=-1,-1 and accepts only SAFETY 0.
#ifndef OYLA_SENSORS
#define OYLA_SENSORS (OYLA_KIT == KIT_CAR)
#endif
#define PIN_SONAR_TRIG A3   // HC-SR04 Trig
#define PIN_SONAR_ECHO A4   // HC-SR04 Echo (a pin-change interrupt times it; any pin works)
#define PIN_LINE_LEFT A5    // left IR line sensor's D0/OUT
#define PIN_LINE_RIGHT 12   // right IR line sensor's D0/OUT (instead of servo 3)
#define LINE_ACTIVE_HIGH 1  // 1 if the module's output is HIGH over the dark line (most TCRT5000/LM393 boards)
#define SONAR_PERIOD_MS 30  // one measurement every 30 ms (the echo of a far wall dies out within ~25 ms)
#define SONAR_FRESH_MS 150  // no good reading for this long: dist=-1, and the obstacle stop counts it unsafe

#endif
