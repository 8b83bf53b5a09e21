/* oyla_sim: a simulated Arduino Uno (ATmega328P, 16 MHz) on libsimavr, for tests.
 *
 *   oyla_sim [-b BOOTLOADER.hex] [-l LOG] [-t LINK] [-s] [FIRMWARE.hex]
 *
 * UART0 is bridged to a raw pseudo-terminal (its path is printed as "PTY <path>", then "READY"; with -t a
 * symlink LINK points to it). The simulation is throttled to real time. SIGUSR1 resets the chip. With -b the
 * bootloader is loaded at its own address (optiboot: 0x7E00), execution starts there, and the chip is also reset
 * whenever the pty is opened, like a Uno's DTR auto-reset; those resets set the external-reset flag so optiboot
 * waits for avrdude. SIGTERM/SIGINT end it, and so does the end of the process that started it.
 *
 * LOG gets one line per change, "<simulated time in us> <name> <value>":
 *   D2..D13, A0..A5  output level of the pin: 0 low, 255 high, 1..254 hardware PWM duty (OCR); inputs read 0
 *   RX, TX           a byte (decimal) handed to / sent by the UART
 *   RESET            1 when the harness resets the chip
 *   DIST, LINE_L, LINE_R  a change of the simulated sensors (below): mm (NOECHO 1: a sensor that never echoes);
 *                    line level 0/1, 2 = disconnected (the pin then reads its own pull-up)
 * Pins are sampled every 10 us of simulated time. Simulated time keeps running across resets.
 *
 * Sensors (the car kit's wiring in config.h): an HC-SR04 on A3 (Trig) / A4 (Echo) and IR line sensors on A5 (left)
 * and D12 (right). After each trigger pulse ends, the echo pin goes high 450 us later for 5.83 us per mm of the
 * distance, as a real HC-SR04 does; with no distance set it never echoes. With -s the harness reads commands from
 * stdin, one a line: "dist <mm>", "dist none" (never echoes), "line <l> <r>" with 0, 1 or z (disconnected).
 * Without -s: no echo, both line sensors 0.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "avr_ioport.h"
#include "avr_uart.h"
#include "sim_avr.h"
#include "sim_cycle_timers.h"
#include "sim_hex.h"
#include "sim_io.h"
#include "sim_irq.h"

#define F_CPU 16000000UL
#define SLICE_CYCLES 1600          /* run 100 us of simulated time between looks at the pty and the clock */
#define SAMPLE_CYCLES 160          /* sample the pins every 10 us */
#define MIN_SLEEP_NS 250000LL      /* sleep only when 0.25 ms ahead of the wall clock: shorter sleeps overshoot */
#define MAX_BEHIND_NS 250000000LL  /* catch up after a stall of the host, unless it is longer than 250 ms */
#define MCUSR_ADDR 0x54
#define EXTRF 1

static avr_t *avr;
static FILE *log_file;
static int master = -1;
static const char *link_path;
static int bootloader_mode;
static volatile sig_atomic_t reset_requested, quit_requested;
static uint64_t time_base_cycles, last_cycle;  /* simulated time survives avr->cycle restarting at a reset */

static unsigned char in_buf[4096], out_buf[4096];
static size_t in_len, out_len;
static int uart_xon = 1;
static avr_irq_t *uart_input;

static void log_event(const char *name, unsigned value);
static void declare_external(void);
static int baud_mismatch(void);

/* ---- sensors ------------------------------------------------------------------------------------------ */
#define PINB_ADDR 0x23
#define PORTB_ADDR 0x25
#define PINC_ADDR 0x26
#define PORTC_ADDR 0x28
#define ECHO_DELAY_US 450
#define LINE_Z 2
static int sensors_from_stdin;
static long sonar_mm = -1;           /* -1: never echoes */
static int line_level[2];            /* left (PC5), right (PB4): 0, 1 or LINE_Z */
static avr_irq_t *echo_irq, *line_irq[2];
static const struct { uint8_t pin_addr, port_addr, bit; } line_pins[2] = {{PINC_ADDR, PORTC_ADDR, 5},
                                                                          {PINB_ADDR, PORTB_ADDR, 4}};
static int echo_pending, echo_level;

static avr_cycle_count_t echo_end(avr_t *a, avr_cycle_count_t when, void *param)
{
    (void)a; (void)when; (void)param;
    echo_level = 0;
    declare_external();
    avr_raise_irq(echo_irq, 0);
    log_event("ECHO", 0);
    echo_pending = 0;
    return 0;
}

static avr_cycle_count_t echo_start(avr_t *a, avr_cycle_count_t when, void *param)
{
    (void)when;
    long mm = (long)(intptr_t)param;
    echo_level = 1;
    declare_external();
    avr_raise_irq(echo_irq, 1);
    log_event("ECHO", 1);
    avr_cycle_timer_register_usec(a, (uint32_t)(mm * 2000 / 343), echo_end, NULL);
    return 0;
}

static void trigger_changed(struct avr_irq_t *irq, uint32_t value, void *param)
{
    (void)param;
    /* the trigger pulse ended: the sensor answers (a real one ignores triggers while it is still echoing) */
    if (irq->value && !value && sonar_mm >= 0 && !echo_pending) {
        echo_pending = 1;
        avr_cycle_timer_register_usec(avr, ECHO_DELAY_US, echo_start, (void *)(intptr_t)sonar_mm);
    }
}

/* simavr copies PORT into PIN for every input pin when the firmware writes the PORT register (its pull-up model),
 * unless the pin is marked as externally driven: so every driven sensor pin is declared here, and a disconnected
 * line sensor ("z") is left out, which makes it read its own pull-up like a real floating input with INPUT_PULLUP. */
static void declare_external(void)
{
    avr_ioport_external_t c = {.name = 'C', .mask = 1 << 4, .value = echo_level << 4};
    avr_ioport_external_t b = {.name = 'B', .mask = 0, .value = 0};
    if (line_level[0] != LINE_Z) {
        c.mask |= 1 << 5;
        c.value |= line_level[0] << 5;
    }
    if (line_level[1] != LINE_Z) {
        b.mask |= 1 << 4;
        b.value |= line_level[1] << 4;
    }
    avr_ioctl(avr, AVR_IOCTL_IOPORT_SET_EXTERNAL('C'), &c);
    avr_ioctl(avr, AVR_IOCTL_IOPORT_SET_EXTERNAL('B'), &b);
}

/* Puts the line-sensor levels on their pins (again after a reset, which clears the PIN registers). */
static void drive_line_pins(void)
{
    declare_external();
    for (int i = 0; i < 2; i++) {
        int want = line_level[i];
        if (want == LINE_Z)
            want = (avr->data[line_pins[i].port_addr] >> line_pins[i].bit) & 1;
        avr_raise_irq(line_irq[i], !want);
        avr_raise_irq(line_irq[i], want);
    }
}

static void sensor_command(char *line)
{
    char a[16] = "", b[16] = "";
    int n = sscanf(line, "%*s %15s %15s", a, b);
    if (!strncmp(line, "dist", 4) && n >= 1) {
        sonar_mm = strcmp(a, "none") ? strtol(a, NULL, 10) : -1;
        if (sonar_mm < 0) {
            sonar_mm = -1;
            log_event("NOECHO", 1);
        } else {
            log_event("DIST", (unsigned)sonar_mm);
        }
    } else if (!strncmp(line, "line", 4) && n == 2) {
        const char *words[2] = {a, b};
        for (int i = 0; i < 2; i++) {
            line_level[i] = words[i][0] == 'z' ? LINE_Z : atoi(words[i]) ? 1 : 0;
            log_event(i ? "LINE_R" : "LINE_L", line_level[i]);
        }
        drive_line_pins();
    } else {
        fprintf(stderr, "oyla_sim: unknown sensor command: %s\n", line);
    }
}

static char cmd_buf[256];
static size_t cmd_len;

static void read_sensor_commands(void)
{
    ssize_t n = read(0, cmd_buf + cmd_len, sizeof cmd_buf - 1 - cmd_len);
    if (n == 0) {
        sensors_from_stdin = 0;  /* stdin closed */
        return;
    }
    if (n < 0)
        return;
    cmd_len += n;
    char *newline;
    while ((newline = memchr(cmd_buf, '\n', cmd_len))) {
        *newline = '\0';
        sensor_command(cmd_buf);
        cmd_len -= newline + 1 - cmd_buf;
        memmove(cmd_buf, newline + 1, cmd_len);
    }
    if (cmd_len == sizeof cmd_buf - 1)
        cmd_len = 0;
}

static uint64_t sim_us(void)
{
    if (avr->cycle < last_cycle)
        time_base_cycles += last_cycle;
    last_cycle = avr->cycle;
    return (time_base_cycles + avr->cycle) / (F_CPU / 1000000);
}

static void log_event(const char *name, unsigned value)
{
    if (log_file)
        fprintf(log_file, "%llu %s %u\n", (unsigned long long)sim_us(), name, value);
}

/* ---- pins ------------------------------------------------------------------------------------------ */

struct pin { const char *name; unsigned char port, ddr, bit, tccr, com_bit, ocr; };
/* ATmega328P data addresses: PORTB 0x25 DDRB 0x24, PORTC 0x28 DDRC 0x27, PORTD 0x2B DDRD 0x2A;
 * PWM: pin, its timer's TCCRxA, the COMx1 bit that connects the pin, and its OCR. */
static const struct pin pins[] = {
    {"D2", 0x2B, 0x2A, 2, 0, 0, 0},     {"D3", 0x2B, 0x2A, 3, 0xB0, 5, 0xB4},
    {"D4", 0x2B, 0x2A, 4, 0, 0, 0},     {"D5", 0x2B, 0x2A, 5, 0x44, 5, 0x48},
    {"D6", 0x2B, 0x2A, 6, 0x44, 7, 0x47}, {"D7", 0x2B, 0x2A, 7, 0, 0, 0},
    {"D8", 0x25, 0x24, 0, 0, 0, 0},     {"D9", 0x25, 0x24, 1, 0x80, 7, 0x88},
    {"D10", 0x25, 0x24, 2, 0x80, 5, 0x8A}, {"D11", 0x25, 0x24, 3, 0xB0, 7, 0xB3},
    {"D12", 0x25, 0x24, 4, 0, 0, 0},    {"D13", 0x25, 0x24, 5, 0, 0, 0},
    {"A0", 0x28, 0x27, 0, 0, 0, 0},     {"A1", 0x28, 0x27, 1, 0, 0, 0},
    {"A2", 0x28, 0x27, 2, 0, 0, 0},     {"A3", 0x28, 0x27, 3, 0, 0, 0},
    {"A4", 0x28, 0x27, 4, 0, 0, 0},     {"A5", 0x28, 0x27, 5, 0, 0, 0},
};
#define PIN_COUNT (sizeof pins / sizeof pins[0])
static int levels[PIN_COUNT];

static unsigned pin_level(const struct pin *p)
{
    const uint8_t *d = avr->data;
    if (!(d[p->ddr] & (1 << p->bit)))
        return 0;
    if (p->tccr && (d[p->tccr] & (1 << p->com_bit)))
        return d[p->ocr];
    return (d[p->port] & (1 << p->bit)) ? 255 : 0;
}

static avr_cycle_count_t sample_pins(avr_t *a, avr_cycle_count_t when, void *param)
{
    (void)a; (void)param;
    for (size_t i = 0; i < PIN_COUNT; i++) {
        int level = pin_level(&pins[i]);
        if (level != levels[i]) {
            levels[i] = level;
            log_event(pins[i].name, level);
        }
    }
    return when + SAMPLE_CYCLES;
}

/* ---- UART <-> pty ------------------------------------------------------------------------------------ */

static void uart_to_host(struct avr_irq_t *irq, uint32_t value, void *param)
{
    (void)irq; (void)param;
    uint8_t byte = baud_mismatch() ? (value & 0xFF) ^ 0x5A : value & 0xFF;
    log_event("TX", value & 0xFF);
    if (out_len < sizeof out_buf)
        out_buf[out_len++] = byte;
}

/* Baud rates: the host's (the pty's termios, as the client set it) against the chip's (UBRR0, U2X0). When they
 * differ by more than 5%, as when avrdude talks at 115200 to a bootloader listening at 57600, every byte arrives
 * garbled both ways, as on a real serial line; the pty alone would pass bytes at any speed. */
#define UCSR0A_ADDR 0xC0
#define UBRR0L_ADDR 0xC4
#define UBRR0H_ADDR 0xC5
static long host_baud;  /* 0: unknown (no client, or the harness could not read it) */

static long chip_baud(void)
{
    unsigned ubrr = avr->data[UBRR0L_ADDR] | (avr->data[UBRR0H_ADDR] & 0x0F) << 8;
    unsigned divisor = (avr->data[UCSR0A_ADDR] & 0x02) ? 8 : 16;
    return (long)(F_CPU / divisor / (ubrr + 1));
}

static int baud_mismatch(void)
{
    long chip = chip_baud();
    return host_baud > 0 && (host_baud * 100 < chip * 95 || host_baud * 100 > chip * 105);
}

static long speed_value(speed_t speed)
{
    switch (speed) {
    case B9600: return 9600;
    case B19200: return 19200;
    case B38400: return 0;  /* a pty's default before the client sets its speed: treated as unknown */
    case B57600: return 57600;
    case B115200: return 115200;
    case B230400: return 230400;
    default: return 0;
    }
}

/* On Linux the master's termios calls act on the slave, so this reads the speed the client set without opening
 * the slave (which would look like one more client open to the watch below). */
static void read_host_baud(void)
{
    struct termios t;
    if (tcgetattr(master, &t) == 0)
        host_baud = speed_value(cfgetospeed(&t));
}

static void feed_uart(void)
{
    size_t used = 0;
    if (in_len)
        read_host_baud();  /* a client sets its speed before it writes: read it after the bytes, never stale */
    int garble = baud_mismatch();
    while (uart_xon && used < in_len) {
        uint8_t byte = garble ? in_buf[used] ^ 0xA5 : in_buf[used];
        used++;
        log_event("RX", byte);
        avr_raise_irq(uart_input, byte);
    }
    memmove(in_buf, in_buf + used, in_len - used);
    in_len -= used;
}

static void uart_xon_hook(struct avr_irq_t *irq, uint32_t value, void *param)
{
    (void)irq; (void)value; (void)param;
    uart_xon = 1;
    feed_uart();
}

static void uart_xoff_hook(struct avr_irq_t *irq, uint32_t value, void *param)
{
    (void)irq; (void)value; (void)param;
    uart_xon = 0;
}

/* After every reset (ours, or the chip's own watchdog reset): quiet, non-sleeping UART and the pin sampler. */
static void after_reset(void)
{
    uint32_t flags = 0;
    avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
    flags &= ~(AVR_UART_FLAG_POLL_SLEEP | AVR_UART_FLAG_STDIO);
    avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
    avr_cycle_timer_register(avr, SAMPLE_CYCLES, sample_pins, NULL);
    echo_pending = 0;  /* a reset ends an echo in progress */
    echo_level = 0;
    avr_raise_irq(echo_irq, 1);
    avr_raise_irq(echo_irq, 0);
    drive_line_pins();
}

static void reset_chip(void)
{
    sim_us();  /* account for the cycles before the reset */
    avr_reset(avr);
    if (bootloader_mode)
        avr->data[MCUSR_ADDR] |= 1 << EXTRF;  /* simavr does not set it; optiboot waits only after an external reset */
    in_len = 0;
    uart_xon = 1;
    log_event("RESET", 1);
    after_reset();
}

static int open_pty(void)
{
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    struct termios t;
    if (fd < 0 || grantpt(fd) || unlockpt(fd) || tcgetattr(fd, &t))
        return -1;
    cfmakeraw(&t);  /* no echo, no line editing, 8-bit clean */
    tcsetattr(fd, TCSANOW, &t);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    /* Open and close the slave once, so the master reports POLLHUP until a client opens it. */
    int slave = open(ptsname(fd), O_RDWR | O_NOCTTY);
    if (slave >= 0)
        close(slave);
    return fd;
}

static void pump_host_output(int client_open)
{
    if (!out_len)
        return;
    ssize_t n = client_open ? write(master, out_buf, out_len) : (ssize_t)out_len;  /* nobody listening: drop */
    if (n < 0)
        n = (errno == EAGAIN || errno == EINTR) ? 0 : (ssize_t)out_len;
    memmove(out_buf, out_buf + n, out_len - n);
    out_len -= n;
}

static int load_hex(const char *path)
{
    ihex_chunk_p chunks = NULL;
    int count = read_ihex_chunks(path, &chunks);
    if (count <= 0) {
        fprintf(stderr, "oyla_sim: cannot read %s\n", path);
        return -1;
    }
    for (int i = 0; i < count; i++) {
        if (chunks[i].baseaddr + chunks[i].size > avr->flashend + 1) {
            fprintf(stderr, "oyla_sim: %s does not fit in flash\n", path);
            return -1;
        }
        memcpy(avr->flash + chunks[i].baseaddr, chunks[i].data, chunks[i].size);
    }
    uint32_t base = chunks[0].baseaddr;
    free_ihex_chunks(chunks);
    return (int)base;
}

static void on_signal(int sig)
{
    if (sig == SIGUSR1)
        reset_requested = 1;
    else
        quit_requested = 1;
}

static void no_sleep(avr_t *a, avr_cycle_count_t how_long) { (void)a; (void)how_long; }

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    const char *bootloader = NULL, *log_path = NULL;
    int opt;
    while ((opt = getopt(argc, argv, "b:l:t:s")) != -1) {
        if (opt == 'b') bootloader = optarg;
        else if (opt == 'l') log_path = optarg;
        else if (opt == 't') link_path = optarg;
        else if (opt == 's') sensors_from_stdin = 1;
        else {
            fprintf(stderr, "usage: %s [-b BOOTLOADER.hex] [-l LOG] [-t LINK] [-s] [FIRMWARE.hex]\n", argv[0]);
            return 2;
        }
    }
    if (!bootloader && optind >= argc) {
        fprintf(stderr, "oyla_sim: give a firmware .hex, a bootloader (-b), or both\n");
        return 2;
    }
    avr = avr_make_mcu_by_name("atmega328p");
    if (!avr || avr_init(avr) != 0)
        return 1;
    avr->frequency = F_CPU;
    avr->sleep = no_sleep;  /* this program keeps real time itself */
    avr->log = LOG_ERROR;
    if (optind < argc && load_hex(argv[optind]) < 0)
        return 1;
    if (bootloader) {
        int base = load_hex(bootloader);
        if (base < 0)
            return 1;
        bootloader_mode = 1;
        avr->reset_pc = base;
        avr->pc = base;
    }
    avr->codeend = avr->flashend;

    if (log_path && !(log_file = fopen(log_path, "w"))) {
        perror(log_path);
        return 1;
    }
    master = open_pty();
    if (master < 0) {
        perror("oyla_sim: pty");
        return 1;
    }
    if (link_path) {
        unlink(link_path);
        if (symlink(ptsname(master), link_path)) {
            perror(link_path);
            return 1;
        }
    }

    uart_input = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT),
                            uart_to_host, NULL);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XON),
                            uart_xon_hook, NULL);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XOFF),
                            uart_xoff_hook, NULL);
    echo_irq = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('C'), 4);
    line_irq[0] = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('C'), 5);
    line_irq[1] = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('B'), 4);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ('C'), 3), trigger_changed, NULL);
    if (sensors_from_stdin)
        fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
    after_reset();

    struct sigaction sa = {.sa_handler = on_signal};
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    prctl(PR_SET_PDEATHSIG, SIGTERM);  /* a crashed test must not leave a simulator running (~20% of a core) */
    signal(SIGPIPE, SIG_IGN);
    printf("PTY %s\nREADY\n", ptsname(master));
    fflush(stdout);

    /* Every open of the pty resets the chip in bootloader mode. POLLHUP alone misses a close and re-open that
     * both happen while this process is starved of the CPU (a loaded test machine); inotify queues each open. */
    int opens = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (opens >= 0 && inotify_add_watch(opens, ptsname(master), IN_OPEN) < 0) {
        close(opens);
        opens = -1;
    }
    int client_open = 0, status = 0;
    unsigned baud_check = 0;
    int64_t wall_start = now_ns();
    uint64_t sim_start = sim_us();
    while (!quit_requested) {
        if (reset_requested) {
            reset_requested = 0;
            reset_chip();
        }
        avr_cycle_count_t target = avr->cycle + SLICE_CYCLES;
        while (avr->cycle < target && avr->cycle >= last_cycle) {
            int state = avr_run(avr);
            if (state == cpu_Done || state == cpu_Crashed) {
                fprintf(stderr, "oyla_sim: the AVR stopped (state %d) at pc 0x%04x\n", state, avr->pc);
                status = 1;
                goto out;
            }
        }
        if (!avr_cycle_timer_status(avr, sample_pins, NULL))
            after_reset();  /* the chip reset itself (its watchdog, as optiboot does after a flash) */
        if (log_file)
            fflush(log_file);

        /* Is a client connected? The master reports POLLHUP while nobody has the pty open. */
        struct pollfd pfd = {.fd = master, .events = POLLIN};
        poll(&pfd, 1, 0);
        int open_now = !(pfd.revents & POLLHUP);
        int opened = open_now && !client_open;
        if (opens >= 0) {
            char events[4096];
            opened = 0;
            while (read(opens, events, sizeof events) > 0)
                opened = 1;
        }
        if (opened && bootloader_mode)
            reset_chip();  /* the DTR auto-reset of a real Uno */
        if (!open_now)
            host_baud = 0;
        else if (!client_open || ++baud_check % 50 == 0)
            read_host_baud();  /* on connecting, then every 5 ms of simulated time */
        client_open = open_now;

        /* Keep real time: when ahead of the wall clock, wait for it, waking early for input from the host. */
        int64_t ahead = (int64_t)(sim_us() - sim_start) * 1000 - (now_ns() - wall_start);
        if (ahead < -MAX_BEHIND_NS) {
            wall_start = now_ns();
            sim_start = sim_us();
        } else if (ahead > MIN_SLEEP_NS) {
            struct timespec wait = {ahead / 1000000000LL, ahead % 1000000000LL};
            if (client_open)
                ppoll(&pfd, 1, &wait, NULL);
            else
                nanosleep(&wait, NULL);
        }
        if (client_open && (pfd.revents & POLLIN)) {
            ssize_t n = read(master, in_buf + in_len, sizeof in_buf - in_len);
            if (n > 0)
                in_len += n;
        }
        pump_host_output(client_open);
        feed_uart();
        if (sensors_from_stdin)
            read_sensor_commands();
    }
out:
    if (log_file)
        fclose(log_file);
    if (link_path)
        unlink(link_path);
    return status;
}
