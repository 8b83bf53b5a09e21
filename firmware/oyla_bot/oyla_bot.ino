// Oyla robot firmware for an Arduino Uno (ATmega328P): robot line protocol v1, see docs/protocol.md.
//
// Type commands in the Serial Monitor (115200 baud, "Newline"): HELLO, PING, DRIVE 150 150, STOP,
// SERVO 0 45, LED 255 0 0, BEEP 440 300, STATUS, WATCHDOG 1000, SENSE, SAFETY 150. Kit and pins: config.h.
//
// Timers: Timer0 = millis() and the motor PWM on pins 5/6, Timer1 = servo pulses, Timer2 = tone().
// Every function is defined before it is used, so this builds with or without the IDE's prototypes.
//
// Safety, whatever arrives on the serial line (docs/protocol.md, "Safety"):
// - loop() reads at most one line (or READ_CHUNK bytes) between two safety checks, and every wait for room in the
//   send buffer runs the safety checks too, so a flood of bad input cannot delay the command watchdog;
// - the AVR's own watchdog resets the chip if the sketch ever hangs for HARDWARE_WATCHDOG (the motors are off
//   from the first instructions after that reset);
// - a wheel that changes direction rests at 0 for REVERSE_PAUSE_MS first;
// - servo angles stay inside the kit's joint limits (config.h);
// - with sensors and SAFETY <mm> set, the car stops (and refuses) driving forwards while an obstacle is closer,
//   or while the distance sensor has given no reading for SONAR_FRESH_MS. The echo is timed by a pin-change
//   interrupt, so no measurement ever waits for the sensor.

#include <Arduino.h>
#include <avr/sleep.h>
#include <avr/wdt.h>
#include "config.h"

#define FIRMWARE_VERSION "1.2.0"
#define MAX_LINE 48           // characters before the newline
#define MAX_REPLY 96          // the longest reply (STATUS) is ~80 characters
#define READ_CHUNK 16         // bytes read per loop() pass at most, between two safety checks
#define REVERSE_PAUSE_MS 50   // a wheel rests at 0 this long before it turns the other way
#define HARDWARE_WATCHDOG WDTO_250MS
#define MAX_WORDS 8           // more words than any command takes: the rest is counted, not stored
#define SERVO_COUNT 4
#define SERVO_FRAME_TICKS 40000  // 20 ms in Timer1 ticks of 0.5 us
#define SONAR_RISE_US 4000UL     // an HC-SR04 starts its echo ~0.5 ms after the trigger; none by 4 ms: no sensor
#define SONAR_TIMEOUT_US 30000UL // an echo that has not ended 30 ms after the trigger: nothing within 4 m
#define SONAR_MAX_MM 4000        // SENSE reports 4000 for "4 m or more"
#define SAFETY_MAX_MM 4000

#if OYLA_KIT == KIT_CAR && OYLA_SENSORS
#define KIT_TEXT "kit=car caps=drive,servo,led,beep,dist,line"
#elif OYLA_KIT == KIT_CAR
#define KIT_TEXT "kit=car caps=drive,servo,led,beep"
#elif OYLA_KIT == KIT_ARM
#define KIT_TEXT "kit=arm caps=servo,led,beep"
#else
#define KIT_TEXT "kit=lights caps=led,beep"
#endif

// ---------------------------------------------------------------------------------------------------
// Outputs and their state (STATUS reports these)

uint8_t servoAngle[SERVO_COUNT];
const uint8_t servoLimits[SERVO_COUNT][2] = SERVO_LIMITS;
uint8_t ledColour[3];
const uint8_t servoPins[SERVO_COUNT] = {PIN_SERVO0, PIN_SERVO1, PIN_SERVO2, PIN_SERVO3};
volatile uint8_t *servoPort[SERVO_COUNT];
uint8_t servoMask[SERVO_COUNT];
volatile uint16_t servoTicks[SERVO_COUNT];
volatile int8_t servoNext = -1;  // the servo whose pulse is running; -1 while waiting for the next frame
volatile uint8_t servoFrames = 0;  // counts the 20 ms frames: with TCNT1 it times the distance sensor's echo

// One motor's pins. Positive speed = forwards. L298N: DIR1/DIR2 pick the direction, PWM the speed (0 = coast).
// L9110: DIR1 low and PWM = speed forwards; DIR1 high and PWM inverted backwards.
void setMotorPins(uint8_t pwmPin, uint8_t dir1, uint8_t dir2, int speed, bool reversed) {
  if (reversed) speed = -speed;
  uint8_t duty = speed < 0 ? -speed : speed;
#if MOTOR_DRIVER == DRIVER_L9110
  (void)dir2;
  digitalWrite(dir1, speed < 0 ? HIGH : LOW);
  analogWrite(pwmPin, speed < 0 ? 255 - duty : duty);
#else
  digitalWrite(dir1, speed > 0 ? HIGH : LOW);
  digitalWrite(dir2, speed < 0 ? HIGH : LOW);
  analogWrite(pwmPin, duty);
#endif
}

// A wheel: the speed asked for (STATUS reports it) and the speed on its pins. They differ only while the wheel
// rests at 0 before turning the other way: a reversal never goes from one direction to the other in one step.
struct Wheel {
  int wanted;
  int output;
  int8_t lastDirection;     // -1 or 1: the direction of the last non-zero output; 0 before any
  unsigned long zeroSince;  // micros() when the output last became 0 (millis() can step 2 ms at once)
};
Wheel wheels[2];  // 0 left, 1 right

void outputWheel(uint8_t side, int speed) {
  Wheel &w = wheels[side];
  if (speed == 0 && w.output != 0) w.zeroSince = micros();
  if (speed != 0) w.lastDirection = speed > 0 ? 1 : -1;
  w.output = speed;
  if (side == 0) {
    setMotorPins(PIN_LEFT_PWM, PIN_LEFT_DIR1, PIN_LEFT_DIR2, speed, LEFT_REVERSED);
  } else {
    setMotorPins(PIN_RIGHT_PWM, PIN_RIGHT_DIR1, PIN_RIGHT_DIR2, speed, RIGHT_REVERSED);
  }
  digitalWrite(PIN_STATUS_LED, (wheels[0].output != 0 || wheels[1].output != 0) ? HIGH : LOW);
}

// Puts the wanted speed on the pins when that is safe now; a reversal first holds the wheel at 0.
void updateWheel(uint8_t side) {
  Wheel &w = wheels[side];
  if (w.wanted == w.output) return;
  int8_t direction = w.wanted > 0 ? 1 : -1;
  bool rested = w.output == 0 && (w.lastDirection == 0 || w.lastDirection == direction ||
                                  micros() - w.zeroSince >= REVERSE_PAUSE_MS * 1000UL);
  if (w.wanted == 0 || (w.output != 0 && (w.output > 0) == (w.wanted > 0)) || rested) {
    outputWheel(side, w.wanted);
  } else if (w.output != 0) {
    outputWheel(side, 0);  // the other way: rest first; serviceSafety() applies the speed after the pause
  }
}

void drive(int left, int right) {
  wheels[0].wanted = left;
  wheels[1].wanted = right;
  updateWheel(0);
  updateWheel(1);
}

void stopOutputs() {  // STOP and the watchdog: wheels and buzzer off; servos and LED keep their state
  drive(0, 0);
  noTone(PIN_BUZZER);
}

// Servo pulses: one servo after the other, each pulse ended by a Timer1 compare interrupt, then the
// rest of the 20 ms frame. Pins are set through their port registers (digitalWrite is slow in an ISR).
ISR(TIMER1_COMPA_vect) {
  if (servoNext < 0) {
    TCNT1 = 0;  // a new frame starts
    servoFrames++;
  } else {
    *servoPort[servoNext] &= ~servoMask[servoNext];
  }
  servoNext++;
  if (servoNext < SERVO_COUNT) {
    OCR1A = TCNT1 + servoTicks[servoNext];
    *servoPort[servoNext] |= servoMask[servoNext];
  } else {
    uint16_t now = TCNT1 + 16;
    OCR1A = now < SERVO_FRAME_TICKS ? SERVO_FRAME_TICKS : now;
    servoNext = -1;
  }
}

void setServo(uint8_t index, uint8_t angle) {
  uint16_t us = SERVO_MIN_US + (uint32_t)angle * (SERVO_MAX_US - SERVO_MIN_US) / 180;
  servoAngle[index] = angle;
  noInterrupts();
  servoTicks[index] = us * 2;
  interrupts();
}

void startServos() {
  for (uint8_t i = 0; i < SERVO_COUNT; i++) {
    servoPort[i] = portOutputRegister(digitalPinToPort(servoPins[i]));
#if OYLA_SENSORS
    if (servoPins[i] == PIN_LINE_RIGHT) {  // the pin reads a line sensor: this servo makes no pulses
      servoMask[i] = 0;
      setServo(i, SERVO_START_ANGLE);
      continue;
    }
#endif
    pinMode(servoPins[i], OUTPUT);
    servoMask[i] = digitalPinToBitMask(servoPins[i]);
    setServo(i, SERVO_START_ANGLE);
  }
  noInterrupts();
  TCCR1A = 0;            // normal mode (the Arduino core set 8-bit PWM)
  TCCR1B = _BV(CS11);    // 16 MHz / 8 = 0.5 us per tick
  TCNT1 = 0;
  OCR1A = 100;
  TIFR1 = _BV(OCF1A);
  TIMSK1 = _BV(OCIE1A);
  interrupts();
}

void setLed(uint8_t r, uint8_t g, uint8_t b) {
  ledColour[0] = r;
  ledColour[1] = g;
  ledColour[2] = b;
  digitalWrite(PIN_LED_RED, (r >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
  digitalWrite(PIN_LED_GREEN, (g >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
  digitalWrite(PIN_LED_BLUE, (b >= 128) != LED_COMMON_ANODE ? HIGH : LOW);
}

// ---------------------------------------------------------------------------------------------------
// Sensors. The HC-SR04 gets a 10 us trigger pulse every SONAR_PERIOD_MS; it answers with an echo pulse as long as
// the sound's round trip (5.83 us per mm). A pin-change interrupt notes the echo's edges; serviceSonar() (part of
// the safety checks) turns them into a distance, and gives up on an echo that never comes: nothing waits.

uint16_t safetyMm = 0;          // SAFETY: the obstacle limit, 0 = off
bool obstacleEventDue = false;  // "! OBSTACLE <mm>" is printed between reply lines
int obstacleEventMm = 0;

#if OYLA_SENSORS
volatile uint8_t echoState = 0;  // 0 idle, 1 triggered (waiting for the rise), 2 echo high, 3 echo ended
// Echo edges in Timer1 ticks (0.5 us): frame count and TCNT1. (micros() would do on a real Uno, but simavr's
// Timer0 is read up to a millisecond off inside an interrupt, so the tests could not trust it.)
volatile uint8_t echoRiseFrame, echoFallFrame;
volatile uint16_t echoRiseTicks, echoFallTicks;
volatile uint8_t *echoInput;
uint8_t echoMask;
unsigned long sonarTriggerMs = 0, sonarTriggerUs = 0;
unsigned long sonarGoodMs = 0;  // millis() of the last good reading
bool sonarEverGood = false;
int sonarMm = -1;

ISR(PCINT0_vect) {  // the echo pin changed (only its bit is enabled in the pin-change masks)
  uint16_t ticks = TCNT1;
  uint8_t frame = servoFrames;
  bool high = *echoInput & echoMask;
  if (echoState == 1 && high) {
    echoRiseTicks = ticks;
    echoRiseFrame = frame;
    echoState = 2;
  } else if (echoState == 2 && !high) {
    echoFallTicks = ticks;
    echoFallFrame = frame;
    echoState = 3;
  }
}
ISR(PCINT1_vect, ISR_ALIASOF(PCINT0_vect));
ISR(PCINT2_vect, ISR_ALIASOF(PCINT0_vect));

void startSensors() {
  pinMode(PIN_SONAR_TRIG, OUTPUT);
  digitalWrite(PIN_SONAR_TRIG, LOW);
  pinMode(PIN_SONAR_ECHO, INPUT_PULLUP);  // no sensor plugged in: the pin reads high, no trigger goes out, dist=-1
  pinMode(PIN_LINE_LEFT, INPUT_PULLUP);
  pinMode(PIN_LINE_RIGHT, INPUT_PULLUP);
  echoInput = portInputRegister(digitalPinToPort(PIN_SONAR_ECHO));
  echoMask = digitalPinToBitMask(PIN_SONAR_ECHO);
  *digitalPinToPCMSK(PIN_SONAR_ECHO) |= _BV(digitalPinToPCMSKbit(PIN_SONAR_ECHO));
  PCICR |= _BV(digitalPinToPCICRbit(PIN_SONAR_ECHO));
}

void serviceSonar() {
  uint8_t state = echoState;
  if (state == 0) {
    if (millis() - sonarTriggerMs >= SONAR_PERIOD_MS && !(*echoInput & echoMask)) {
      echoState = 1;
      digitalWrite(PIN_SONAR_TRIG, HIGH);
      delayMicroseconds(10);
      digitalWrite(PIN_SONAR_TRIG, LOW);
      sonarTriggerMs = millis();
      sonarTriggerUs = micros();
    }
  } else if (state == 3) {
    // The servo interrupt restarts TCNT1 at 0 after each frame of SERVO_FRAME_TICKS (a few ticks late at most).
    long ticks = (long)(uint8_t)(echoFallFrame - echoRiseFrame) * SERVO_FRAME_TICKS +
                 (long)echoFallTicks - (long)echoRiseTicks;
    unsigned long mm = ticks < 0 ? 0 : (unsigned long)ticks * 343UL / 4000UL;
    sonarMm = mm > SONAR_MAX_MM ? SONAR_MAX_MM : (int)mm;
    sonarGoodMs = millis();
    sonarEverGood = true;
    echoState = 0;
  } else if (micros() - sonarTriggerUs > (state == 1 ? SONAR_RISE_US : SONAR_TIMEOUT_US)) {
    if (state == 2) {  // still echoing: nothing within range (a sensor stuck high gives no new trigger after this)
      sonarMm = SONAR_MAX_MM;
      sonarGoodMs = millis();
      sonarEverGood = true;
    }
    echoState = 0;  // state 1: the sensor never answered; no reading
  }
}

int sonarDistance() {  // mm, or -1 when there has been no good reading for SONAR_FRESH_MS
  if (!sonarEverGood || millis() - sonarGoodMs > SONAR_FRESH_MS) return -1;
  return sonarMm;
}

int8_t lineLevel(uint8_t pin) {
  return (digitalRead(pin) == HIGH) == (LINE_ACTIVE_HIGH != 0) ? 1 : 0;
}
#endif

// True while the obstacle stop forbids driving forwards (left + right > 0).
bool obstacleAhead(int *mm) {
#if OYLA_SENSORS
  *mm = sonarDistance();
  return safetyMm > 0 && (*mm < 0 || *mm < (int)safetyMm);
#else
  *mm = -1;
  return false;
#endif
}

// ---------------------------------------------------------------------------------------------------
// Safety checks and output. Output never waits without running the safety checks: a host that reads slowly,
// or sends faster than the replies can leave, cannot hold the motors on.

uint16_t watchdogMs = 500;
unsigned long watchdogFedAt = 0;
bool watchdogStopped = false;
bool watchdogEventDue = false;  // "! WATCHDOG" is printed between reply lines, never inside one

void serviceSafety() {
  wdt_reset();
  if (!watchdogStopped && millis() - watchdogFedAt >= watchdogMs) {
    stopOutputs();
    watchdogStopped = true;
    watchdogEventDue = true;
  }
#if OYLA_SENSORS
  serviceSonar();
  int mm;
  if (wheels[0].wanted + wheels[1].wanted > 0 && obstacleAhead(&mm)) {
    drive(0, 0);
    obstacleEventDue = true;
    obstacleEventMm = mm;
  }
#endif
  updateWheel(0);
  updateWheel(1);
}

void sendByte(uint8_t c) {
  while (Serial.availableForWrite() == 0) serviceSafety();
  Serial.write(c);
}

void sendLine(const char *text) {  // one line, ended "\r\n" like Serial.println
  while (*text) sendByte(*text++);
  sendByte('\r');
  sendByte('\n');
}

// The reply to the current command is built here, then sent in one piece by runLine().
char reply[MAX_REPLY];
uint8_t replyLength = 0;

void replyText(const char *text) {
  while (*text && replyLength < MAX_REPLY - 1) reply[replyLength++] = *text++;
  reply[replyLength] = '\0';
}

void replyFlash(const __FlashStringHelper *text) {
  PGM_P p = reinterpret_cast<PGM_P>(text);
  char c;
  while ((c = pgm_read_byte(p++)) && replyLength < MAX_REPLY - 1) reply[replyLength++] = c;
  reply[replyLength] = '\0';
}

void replyNumber(long value) {
  char digits[12];
  ltoa(value, digits, 10);
  replyText(digits);
}

void replyError(const __FlashStringHelper *code) {
  replyFlash(F("ERR "));
  replyFlash(code);
}

void replyRange(uint8_t argument) {  // argument counts from 1
  replyFlash(F("ERR RANGE "));
  replyNumber(argument);
}

void replyStatus() {
  replyFlash(F("OK left="));
  replyNumber(wheels[0].wanted);
  replyFlash(F(" right="));
  replyNumber(wheels[1].wanted);
  replyFlash(F(" servo="));
  for (uint8_t i = 0; i < SERVO_COUNT; i++) {
    if (i) replyText(",");
    replyNumber(servoAngle[i]);
  }
  replyFlash(F(" led="));
  for (uint8_t i = 0; i < 3; i++) {
    if (i) replyText(",");
    replyNumber(ledColour[i]);
  }
  replyFlash(F(" wd="));
  replyNumber(watchdogMs);
  replyFlash(F(" stopped="));
  replyNumber(watchdogStopped ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------
// Commands

// A whole number: optional '-', then digits. Big values saturate (they fail the range check later).
bool parseNumber(const char *word, long *value) {
  bool negative = *word == '-';
  if (negative) word++;
  if (!*word) return false;
  long result = 0;
  for (; *word; word++) {
    if (*word < '0' || *word > '9') return false;
    if (result < 100000L) result = result * 10 + (*word - '0');
  }
  *value = negative ? -result : result;
  return true;
}

bool inRange(long value, long low, long high) {
  return value >= low && value <= high;
}

// Runs one checked command; returns false (after replying ERR) when the arguments are wrong.
// Order of checks: argument count and whole numbers first (ERR ARGS), then each range left to right.
bool runCommand(const char *name, char **args, uint8_t count) {
  long v[3] = {0, 0, 0};
  uint8_t wanted;
  if (!strcasecmp_P(name, PSTR("HELLO")) || !strcasecmp_P(name, PSTR("PING")) ||
      !strcasecmp_P(name, PSTR("STOP")) || !strcasecmp_P(name, PSTR("STATUS"))) {
    wanted = 0;
  } else if (!strcasecmp_P(name, PSTR("DRIVE")) || !strcasecmp_P(name, PSTR("SERVO")) ||
             !strcasecmp_P(name, PSTR("BEEP"))) {
    wanted = 2;
  } else if (!strcasecmp_P(name, PSTR("LED"))) {
    wanted = 3;
  } else if (!strcasecmp_P(name, PSTR("WATCHDOG")) || !strcasecmp_P(name, PSTR("SAFETY"))) {
    wanted = 1;
  } else if (!strcasecmp_P(name, PSTR("SENSE"))) {
    wanted = 0;
  } else {
#ifdef OYLA_TEST_HANG
    if (!strcasecmp_P(name, PSTR("HANG"))) {  // test builds only: the sketch stops dead, motors as they are
      noInterrupts();
      for (;;) {
      }
    }
#endif
    replyFlash(F("ERR UNKNOWN "));
    replyText(name);
    return false;
  }
  bool numbers = true;
  for (uint8_t i = 0; i < count && i < MAX_WORDS - 1; i++) {
    long ignored;
    if (!parseNumber(args[i], i < 3 ? &v[i] : &ignored)) numbers = false;
  }
  if (!numbers || count != wanted) {
    replyError(F("ARGS"));
    return false;
  }

  if (!strcasecmp_P(name, PSTR("HELLO"))) {
    replyFlash(F("OK OYLA proto=1 fw=" FIRMWARE_VERSION " " KIT_TEXT));
  } else if (!strcasecmp_P(name, PSTR("PING"))) {
    replyFlash(F("OK PONG"));
  } else if (!strcasecmp_P(name, PSTR("STOP"))) {
    stopOutputs();
    replyFlash(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("STATUS"))) {
    replyStatus();
  } else if (!strcasecmp_P(name, PSTR("DRIVE"))) {
    for (uint8_t i = 0; i < 2; i++) {
      if (!inRange(v[i], -255, 255)) {
        replyRange(i + 1);
        return false;
      }
    }
    int mm;
    if (v[0] + v[1] > 0 && obstacleAhead(&mm)) {
      replyFlash(F("ERR OBSTACLE "));
      replyNumber(mm);
      return false;
    }
    drive(v[0], v[1]);
    watchdogStopped = false;
    replyFlash(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("SERVO"))) {
    if (!inRange(v[0], 0, SERVO_COUNT - 1)) {
      replyRange(1);
      return false;
    }
    if (!inRange(v[1], servoLimits[v[0]][0], servoLimits[v[0]][1])) {
      replyRange(2);
      return false;
    }
    setServo(v[0], v[1]);
    replyFlash(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("LED"))) {
    for (uint8_t i = 0; i < 3; i++) {
      if (!inRange(v[i], 0, 255)) {
        replyRange(i + 1);
        return false;
      }
    }
    setLed(v[0], v[1], v[2]);
    replyFlash(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("BEEP"))) {
    if (v[0] != 0 && !inRange(v[0], 50, 5000)) {
      replyRange(1);
      return false;
    }
    if (!inRange(v[1], 1, 2000)) {
      replyRange(2);
      return false;
    }
    if (v[0] == 0) {
      noTone(PIN_BUZZER);
    } else {
      tone(PIN_BUZZER, v[0], v[1]);
    }
    replyFlash(F("OK"));
  } else if (!strcasecmp_P(name, PSTR("SENSE"))) {
#if OYLA_SENSORS
    replyFlash(F("OK dist="));
    replyNumber(sonarDistance());
    replyFlash(F(" line="));
    replyNumber(lineLevel(PIN_LINE_LEFT));
    replyText(",");
    replyNumber(lineLevel(PIN_LINE_RIGHT));
#else
    replyFlash(F("OK dist=-1 line=-1,-1"));
#endif
    replyFlash(F(" safety="));
    replyNumber(safetyMm);
  } else if (!strcasecmp_P(name, PSTR("SAFETY"))) {
    if (!inRange(v[0], 0, OYLA_SENSORS ? SAFETY_MAX_MM : 0)) {
      replyRange(1);
      return false;
    }
    safetyMm = v[0];
    replyFlash(F("OK"));
  } else {  // WATCHDOG
    if (!inRange(v[0], 100, 5000)) {
      replyRange(1);
      return false;
    }
    watchdogMs = v[0];
    replyFlash(F("OK"));
  }
  return true;
}

// Splits a checked line into words at spaces and runs it. A line of only spaces gets no reply.
void runLine(char *line) {
  char *words[MAX_WORDS];
  uint8_t count = 0;
  char *p = line;
  while (*p) {
    while (*p == ' ') *p++ = '\0';
    if (!*p) break;
    if (count < MAX_WORDS) words[count] = p;
    count++;
    while (*p && *p != ' ') p++;
  }
  if (count == 0) return;
  replyLength = 0;
  reply[0] = '\0';
  // Every OK feeds the watchdog (before the reply can wait), except SENSE: reading the sensors never keeps the
  // motors running, so a host may read them at any time and silence still means stop.
  if (runCommand(words[0], words + 1, count - 1) && strcasecmp_P(words[0], PSTR("SENSE"))) watchdogFedAt = millis();
  sendLine(reply);
}

// ---------------------------------------------------------------------------------------------------
// Line reader: never blocks; holds at most MAX_LINE characters. "\r" is ignored, "\n" ends a line.

char lineBuffer[MAX_LINE + 1];
uint8_t lineLength = 0;
bool lineBad = false;   // a byte outside printable ASCII arrived: the line answers ERR BADCHAR
bool lineLong = false;  // more than MAX_LINE characters arrived: the line answers ERR TOOLONG

// Returns true when the byte ended a line (and so maybe sent a reply).
bool readByte(uint8_t c) {
  if (c == '\n') {
    if (lineBad || lineLong) {
      replyLength = 0;
      replyError(lineBad ? F("BADCHAR") : F("TOOLONG"));
      sendLine(reply);
    } else {
      lineBuffer[lineLength] = '\0';
      runLine(lineBuffer);
    }
    lineLength = 0;
    lineBad = false;
    lineLong = false;
    return true;
  } else if (c == '\r') {
    return false;
  } else if (c < 0x20 || c > 0x7E) {
    lineBad = true;
  } else if (lineLength < MAX_LINE) {
    lineBuffer[lineLength++] = c;
  } else {
    lineLong = true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------

// The AVR's watchdog survives a reset it caused (with a 16 ms timeout), so it is switched off in the very first
// instructions, before setup() and before the C++ constructors run (avr-libc: "wdt_disable in .init3").
void earlyStart() __attribute__((naked, used, section(".init3")));
void earlyStart() {
  MCUSR = 0;
  wdt_disable();
}

void setup() {
  // Motors off first: after any reset (power, RESET button, a port opening, the hardware watchdog) the pins are
  // inputs, and driving them low here is the earliest the sketch can hold the motor driver off.
  digitalWrite(PIN_LEFT_PWM, LOW);
  digitalWrite(PIN_RIGHT_PWM, LOW);
  pinMode(PIN_LEFT_PWM, OUTPUT);
  pinMode(PIN_LEFT_DIR1, OUTPUT);
  pinMode(PIN_LEFT_DIR2, OUTPUT);
  pinMode(PIN_RIGHT_PWM, OUTPUT);
  pinMode(PIN_RIGHT_DIR1, OUTPUT);
  pinMode(PIN_RIGHT_DIR2, OUTPUT);
  pinMode(PIN_LED_RED, OUTPUT);
  pinMode(PIN_LED_GREEN, OUTPUT);
  pinMode(PIN_LED_BLUE, OUTPUT);
  pinMode(PIN_BUZZER, OUTPUT);
  pinMode(PIN_STATUS_LED, OUTPUT);
  drive(0, 0);
  setLed(0, 0, 0);
  startServos();
#if OYLA_SENSORS
  startSensors();
#endif
  Serial.begin(115200);
  sendLine("! BOOT OYLA 1");
  watchdogFedAt = millis();
#if OYLA_HW_WATCHDOG
  wdt_enable(HARDWARE_WATCHDOG);
#endif
}

void loop() {
  serviceSafety();
  if (watchdogEventDue) {
    watchdogEventDue = false;
    sendLine("! WATCHDOG");
  }
  if (obstacleEventDue) {
    obstacleEventDue = false;
    char text[20] = "! OBSTACLE ";
    ltoa(obstacleEventMm, text + 11, 10);
    sendLine(text);
  }
  // At most one line, or READ_CHUNK bytes of an unfinished one, before the safety checks run again.
  for (uint8_t n = 0; n < READ_CHUNK && Serial.available() > 0; n++) {
    if (readByte(Serial.read())) break;
  }
  if (Serial.available() > 0 || watchdogEventDue || obstacleEventDue) return;
#if OYLA_SENSORS
  // Awake while a distance measurement runs (at most SONAR_TIMEOUT_US): the echo's edges are then timed to the
  // microsecond. (A real Uno would time them as well asleep; simavr wakes late from idle sleep on a pin change.)
  if (echoState != 0) return;
#endif
  // Idle until the next interrupt: a received byte, or millis()' timer at the latest (every 1.024 ms). Timers,
  // PWM, servo pulses, tone() and the UART keep running. Saves power, and makes the simulator ~10x cheaper.
  set_sleep_mode(SLEEP_MODE_IDLE);
  sleep_mode();
}
