/* Built by build.spec with -DICUDATA_SYMBOL=icudtNN_dat to match the bundled ICU. */
/* An empty ICU data package (what ICU's own "stubdata" library provides). */
#include <stdint.h>
typedef struct {
    uint16_t size; uint16_t reservedWord; uint8_t isBigEndian; uint8_t charsetFamily;
    uint8_t sizeofUChar; uint8_t reservedByte; uint8_t dataFormat[4];
    uint8_t formatVersion[4]; uint8_t dataVersion[4];
} UDataInfo;
typedef struct {
    uint16_t headerSize; uint8_t magic1; uint8_t magic2; UDataInfo info;
    char padding[8]; uint32_t count; uint32_t reserved; int fakeNameAndData[4];
} ICU_Data_Header;
__attribute__((visibility("default"))) const ICU_Data_Header ICUDATA_SYMBOL = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0}, 0, 0, {0, 0, 0, 0}
};
